package nl.homerun.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contact.Tier;
import nl.homerun.contacts.Contacts;
import nl.homerun.users.PersonalData;

/**
 * The company names on contacts become accounts, once each however they are written; names merely alike are merged
 * only when asked; an account's tier goes onto its people; and nobody reaches another user's accounts.
 */
@SpringBootTest(properties = "mongodb.embedded=memory")
class AccountsTest {

    private static final long ANNA = 9101;
    private static final long BERT = 9102;

    @TestConfiguration
    static class Setup {
        @Bean
        ChangesHeard changesHeard() {
            return new ChangesHeard();
        }
    }

    static class ChangesHeard {
        final List<AccountChanged> heard = new ArrayList<>();

        @EventListener
        void on(AccountChanged changed) {
            heard.add(changed);
        }
    }

    @Autowired
    Accounts accounts;
    @Autowired
    Contacts contacts;
    @Autowired
    AccountRepository repository;
    @Autowired
    MongoDatabase database;
    @Autowired
    ChangesHeard changes;

    @BeforeEach
    void clean() {
        repository.erase(ANNA);
        repository.erase(BERT);
        database.getCollection("contacts").drop();
        database.getCollection("contact_books").drop();
        changes.heard.clear();
    }

    private Contact add(long owner, String name, String company) {
        return contacts.add(owner, new Contacts.Draft(name, company, null, null, null, null));
    }

    @Test
    void theCompanyNamesOnContactsBecomeAccountsOnceEachHoweverWritten() {
        Contact jan = add(ANNA, "Jan de Vries", "Fabrikam B.V.");
        Contact piet = add(ANNA, "Piet Bos", "fabrikam bv");
        add(ANNA, "Sara Smit", "FABRIKAM B.V");
        add(ANNA, "Tom Lee", "Fabrikam Ltd");
        add(ANNA, "Eva Claes", "Contoso");
        add(ANNA, "Zonder Bedrijf", null);

        List<Account> all = accounts.all(ANNA);
        assertThat(all).extracting(Account::name).containsExactly("Contoso", "Fabrikam B.V.", "Fabrikam Ltd");
        assertThat(accounts.all(ANNA)).isEqualTo(all);
        assertThat(database.getCollection("accounts").countDocuments(Filters.eq("owner", ANNA))).isEqualTo(3);
        assertThat(changes.heard).extracting(AccountChanged::what).containsOnly(AccountChanged.What.ADDED).hasSize(3);

        Account fabrikam = all.get(1);
        assertThat(accounts.contactsOf(ANNA, fabrikam)).extracting(Contact::name)
                .containsExactly("Jan de Vries", "Piet Bos", "Sara Smit");
        assertThat(accounts.ofContact(ANNA, jan.id())).contains(fabrikam);
        assertThat(accounts.ofContact(ANNA, piet)).contains(fabrikam);
    }

    @Test
    void aTypedNameFindsTheAccountWithoutItsLegalFormByTheStartOfItsWordsOrWithATypo() {
        add(ANNA, "Jan de Vries", "Coöperatie Westland Fruit U.A.");
        add(ANNA, "Eva Claes", "Contoso Ltd");
        add(ANNA, "Tom Lee", "Bakkerij Van Dam");

        assertThat(accounts.findByName(ANNA, "contoso")).extracting(Account::name).containsExactly("Contoso Ltd");
        assertThat(accounts.findByName(ANNA, "CONTOSO LTD.")).extracting(Account::name).containsExactly("Contoso Ltd");
        assertThat(accounts.findByName(ANNA, "westland")).extracting(Account::name)
                .containsExactly("Coöperatie Westland Fruit U.A.");
        assertThat(accounts.findByName(ANNA, "cooperatie westland fruit")).extracting(Account::name)
                .containsExactly("Coöperatie Westland Fruit U.A.");
        assertThat(accounts.findByName(ANNA, "contsoo")).extracting(Account::name).containsExactly("Contoso Ltd");
        assertThat(accounts.findByName(ANNA, "westlnd")).extracting(Account::name)
                .containsExactly("Coöperatie Westland Fruit U.A."); // a typo in one of its words, found by hand
        assertThat(accounts.findByName(ANNA, "bakkerij van dan")).extracting(Account::name).containsExactly("Bakkerij Van Dam");
        assertThat(accounts.findByName(ANNA, "Initech")).isEmpty();
        assertThat(accounts.findByName(ANNA, "...")).isEmpty();
    }

    @Test
    void namesMerelyAlikeAreOfferedAndMergedOnlyWhenAsked() {
        add(ANNA, "Jan de Vries", "Fabrikam");
        add(ANNA, "Tom Lee", "Fabrikam Ltd");
        add(ANNA, "Eva Claes", "Contoso");
        add(ANNA, "Ali Kaya", "Contosso");
        add(ANNA, "Bo Berg", "Initech");

        List<Accounts.NearDuplicate> pairs = accounts.nearDuplicates(ANNA);
        assertThat(pairs).extracting(p -> p.one().name() + " / " + p.other().name())
                .containsExactly("Contoso / Contosso", "Fabrikam / Fabrikam Ltd");
        assertThat(accounts.all(ANNA)).hasSize(5);

        Account fabrikam = pairs.get(1).one();
        Account ltd = pairs.get(1).other();
        accounts.setTier(ANNA, ltd.id(), Tier.B, TierReason.BY_HAND);
        accounts.recordRevenue(ANNA, ltd.id(), 2025, 200_000);
        assertThat(accounts.merge(ANNA, fabrikam.id(), ltd.id(), "Fabrikam Ltd")).isTrue();
        assertThat(accounts.keepApart(ANNA, pairs.get(0).one().id(), pairs.get(0).other().id())).isTrue();

        assertThat(accounts.nearDuplicates(ANNA)).isEmpty();
        List<Account> all = accounts.all(ANNA);
        assertThat(all).extracting(Account::name).containsExactly("Fabrikam Ltd", "Contoso", "Contosso", "Initech");
        Account merged = all.get(0);
        assertThat(merged.id()).isEqualTo(fabrikam.id());
        assertThat(merged.tier()).isEqualTo(Tier.B);
        assertThat(merged.revenueIn(2025)).contains(200_000L);
        assertThat(accounts.contactsOf(ANNA, merged)).extracting(Contact::name).containsExactly("Jan de Vries", "Tom Lee");
        assertThat(accounts.contactsOf(ANNA, merged)).extracting(Contact::tier).containsOnly(Tier.B);
        assertThat(accounts.find(ANNA, ltd.id())).isEmpty();
        assertThat(changes.heard).contains(new AccountChanged(ANNA, fabrikam.id(), AccountChanged.What.MERGED, ltd.id()));
    }

    @Test
    void anAccountsTierGoesOntoItsPeopleAndOntoWhoeverJoinsIt() {
        Contact jan = add(ANNA, "Jan de Vries", "Fabrikam");
        Contact piet = add(ANNA, "Piet Bos", "Contoso");
        Account fabrikam = accounts.findByName(ANNA, "Fabrikam").get(0);

        assertThat(accounts.setTier(ANNA, fabrikam.id(), Tier.A, TierReason.BY_VALUE)).isTrue();
        assertThat(contacts.find(ANNA, jan.id()).orElseThrow().tier()).isEqualTo(Tier.A);
        assertThat(contacts.find(ANNA, jan.id()).orElseThrow().cadenceDays()).isEqualTo(30);
        assertThat(contacts.find(ANNA, piet.id()).orElseThrow().tier()).isNull();
        assertThat(accounts.find(ANNA, fabrikam.id()).orElseThrow().tierReason()).isEqualTo(TierReason.BY_VALUE);

        Contact sara = add(ANNA, "Sara Smit", "FABRIKAM");
        assertThat(contacts.find(ANNA, sara.id()).orElseThrow().tier()).isEqualTo(Tier.A);
        contacts.setField(ANNA, piet.id(), "account", "Fabrikam");
        assertThat(contacts.find(ANNA, piet.id()).orElseThrow().tier()).isEqualTo(Tier.A);
    }

    @Test
    void theTierTheContactsAgreeOnBecomesTheAccountsTier() {
        Contact jan = add(ANNA, "Jan de Vries", "Fabrikam");
        contacts.setTier(ANNA, jan.id(), Tier.A);
        add(ANNA, "Piet Bos", "Fabrikam");
        Contact eva = add(ANNA, "Eva Claes", "Contoso");
        Contact ali = add(ANNA, "Ali Kaya", "Contoso");
        contacts.setTier(ANNA, eva.id(), Tier.A);
        contacts.setTier(ANNA, ali.id(), Tier.C);

        assertThat(accounts.findByName(ANNA, "Fabrikam").get(0).tier()).isEqualTo(Tier.A);
        assertThat(accounts.findByName(ANNA, "Fabrikam").get(0).tierReason()).isEqualTo(TierReason.FROM_CONTACTS);
        assertThat(accounts.findByName(ANNA, "Contoso").get(0).tier()).isNull();
    }

    @Test
    void nobodyReachesAnotherUsersAccounts() {
        add(ANNA, "Jan de Vries", "Fabrikam");
        add(ANNA, "Tom Lee", "Fabrikam Ltd");
        Contact berts = add(BERT, "Bert Bos", "Fabrikam");
        Account annas = accounts.all(ANNA).get(0);
        Account annasLtd = accounts.all(ANNA).get(1);

        assertThat(accounts.all(BERT)).extracting(Account::id).doesNotContain(annas.id(), annasLtd.id()).hasSize(1);
        assertThat(accounts.find(BERT, annas.id())).isEmpty();
        assertThat(accounts.findByName(BERT, "Fabrikam Ltd")).extracting(Account::owner).containsOnly(BERT);
        assertThat(accounts.contactsOf(BERT, annas)).isEmpty();
        assertThat(accounts.ofContact(ANNA, berts)).isEmpty();
        assertThat(accounts.setTier(BERT, annas.id(), Tier.C, TierReason.BY_HAND)).isFalse();
        assertThat(accounts.recordRevenue(BERT, annas.id(), 2026, 1)).isFalse();
        assertThat(accounts.setGoal(BERT, annas.id(), 50)).isFalse();
        assertThat(accounts.merge(BERT, accounts.all(BERT).get(0).id(), annas.id(), "x")).isFalse();
        assertThat(accounts.merge(BERT, annas.id(), annasLtd.id(), "x")).isFalse();
        assertThat(accounts.keepApart(BERT, annas.id(), annasLtd.id())).isFalse();
        assertThat(accounts.find(ANNA, annas.id()).orElseThrow()).isEqualTo(annas);
        assertThat(contacts.find(BERT, berts.id()).orElseThrow().tier()).isNull();
    }

    @Test
    void accountsAreExportedAndErasedWithTheirOwnersDataOnly() {
        add(ANNA, "Jan de Vries", "Fabrikam");
        add(BERT, "Bert Bos", "Contoso");
        accounts.all(ANNA);
        accounts.all(BERT);
        PersonalData data = repository;

        assertThat(data.export(ANNA).get("accounts")).extracting(d -> d.getString("name")).containsExactly("Fabrikam");
        data.erase(ANNA);
        assertThat(database.getCollection("accounts").countDocuments(Filters.eq("owner", ANNA))).isZero();
        assertThat(data.export(BERT).get("accounts")).extracting(d -> d.getString("name")).containsExactly("Contoso");
        assertThat(changes.heard).contains(new AccountChanged(ANNA, null, AccountChanged.What.ALL_ERASED));
    }

    @Test
    void valueScoresProposeATierByTheMeanOfTheThreeGroups() {
        ValueScores none = ValueScores.NONE;
        assertThat(none.proposedTier()).isEmpty();
        ValueScores high = none;
        ValueScores low = none;
        for (Criterion c : Criterion.values()) {
            high = high.with(c, c.group() == ValueGroup.BUSINESS ? 3 : 5, null);
            low = low.with(c, c.group() == ValueGroup.STRATEGIC ? 4 : 1, null);
        }
        assertThat(high.isComplete()).isTrue();
        assertThat(high.overall().getAsDouble()).isCloseTo(13.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(high.proposedTier()).contains(Tier.A);
        assertThat(low.proposedTier()).contains(Tier.C);
        assertThat(low.with(Criterion.ADDED_VALUE, 5, null).with(Criterion.DEVELOPMENT, 5, null).proposedTier())
                .contains(Tier.B);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ValueScores.NONE.with(Criterion.MARGIN, 6, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
