package nl.homerun.telegram;

import java.io.IOException;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Fetches a file a user sent, from the configured Bot API (which the library's own download would ignore). */
class FileDownloader {

    /** The Bot API serves files up to 20 MB. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final TelegramClient client;
    private final OkHttpClient http;
    private final TelegramProperties properties;

    FileDownloader(TelegramClient client, OkHttpClient http, TelegramProperties properties) {
        this.client = client;
        this.http = http;
        this.properties = properties;
    }

    byte[] download(String fileId) throws IOException {
        File file;
        try {
            file = client.execute(GetFile.builder().fileId(fileId).build());
        } catch (TelegramApiException e) {
            throw new IOException("getFile failed: " + e.getClass().getSimpleName());
        }
        Request request = new Request.Builder().url(properties.fileUrl(file.getFilePath())).get().build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IOException("File download failed with HTTP " + response.code());
            }
            if (body.contentLength() > MAX_BYTES) {
                throw new IOException("File larger than " + MAX_BYTES + " bytes");
            }
            return body.bytes();
        }
    }
}
