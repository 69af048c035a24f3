#include "treaty/treatystatus.h"

#include <QCoreApplication>
#include <QStringList>

#include "treaty/treatytable.h"

namespace mineatlas::treaty {

QDate treatyOpenedDate()
{
    return QDate(1997, 12, 3);
}

QDate treatyInForceDate()
{
    return QDate(1999, 3, 1);
}

QDate entryIntoForceFor(QDate deposit)
{
    if (!deposit.isValid())
        return {};
    const QDate monthStart(deposit.year(), deposit.month(), 1);
    return std::max(treatyInForceDate(), monthStart.addMonths(6));
}

FuzzyDate entryIntoForce(const TreatyRecord& r, bool* computed)
{
    if (computed)
        *computed = false;
    if (!r.inForceStated.isNull())
        return r.inForceStated;
    if (r.deposit.isNull())
        return {};
    if (computed)
        *computed = true;
    return FuzzyDate::between(entryIntoForceFor(r.deposit.earliest()), entryIntoForceFor(r.deposit.latest()));
}

namespace {

using H = FuzzyDate::Happened;

/// The status if every "maybe" event is taken as `assumeHappened`.
StatusAtDate evaluate(const TreatyRecord& r, const FuzzyDate& inForce, QDate d, bool assumeHappened)
{
    auto did = [&](const FuzzyDate& e) {
        const H h = e.happenedBy(d);
        return h == H::Yes || (h == H::Maybe && assumeHappened);
    };
    StatusAtDate s;
    if (!r.existsFrom.isNull() && !did(r.existsFrom)) {
        s.status = TreatyStatus::NotYetAState;
        return s;
    }
    if (d < treatyOpenedDate()) {
        s.status = TreatyStatus::NotYetOpen;
        return s;
    }
    if (did(r.withdrawalEffective)) {
        s.status = TreatyStatus::Withdrawn;
        s.since = r.withdrawalEffective;
    } else if (did(r.withdrawalDeposited)) {
        s.status = TreatyStatus::WithdrawalPending;
        s.since = r.withdrawalDeposited;
    } else if (did(r.deposit)) {
        if (did(inForce)) {
            s.status = TreatyStatus::StateParty;
            s.since = inForce;
            if (!r.suspensionClaimed.isNull()) {
                // A state that claims to suspend the treaty instead of depositing a withdrawal stays
                // a party throughout (Art. 20(3); 22MSP): its announcement and claim are flags.
                if (did(r.withdrawalAnnounced))
                    s.flags |= WithdrawalAnnouncedOnly;
                if (did(r.suspensionClaimed))
                    s.flags |= SuspensionClaimed;
            } else if (did(r.withdrawalAnnounced)) {
                s.status = TreatyStatus::WithdrawalAnnounced;
                s.since = r.withdrawalAnnounced;
            }
        } else {
            s.status = TreatyStatus::JoinedNotInForce;
            s.since = r.deposit;
        }
    } else if (did(r.signature)) {
        s.status = TreatyStatus::Signatory;
        s.since = r.signature;
    } else {
        s.status = TreatyStatus::NeverJoined;
    }
    return s;
}

} // namespace

/// The table often lacks signature dates. A state that ratified must have signed before the
/// treaty entered into force (signature closed then, Art. 15); a party whose deposit kind is
/// unknown may or may not have signed. Both become a "maybe" instead of a guess.
TreatyRecord withSignatureKnowledge(const TreatyRecord& r, bool& signatureMaybeNever)
{
    signatureMaybeNever = false;
    // Accession and succession need no signature; ratification, acceptance and approval follow one.
    if (!r.signature.isNull() || r.deposit.isNull() || r.depositKind == QLatin1String("accession") ||
        r.depositKind == QLatin1String("succession"))
        return r;
    TreatyRecord copy = r;
    const QDate lastDay = std::min(r.deposit.latest(), treatyInForceDate().addDays(-1));
    copy.signature = FuzzyDate::between(treatyOpenedDate(), std::max(treatyOpenedDate(), lastDay));
    signatureMaybeNever = r.depositKind.isEmpty();
    return copy;
}

StatusAtDate statusAt(const TreatyRecord& record, QDate date)
{
    bool computed = false;
    bool signatureMaybeNever = false;
    const TreatyRecord r = withSignatureKnowledge(record, signatureMaybeNever);
    const FuzzyDate inForce = entryIntoForce(r, &computed);
    StatusAtDate early = evaluate(r, inForce, date, true);
    StatusAtDate late = evaluate(r, inForce, date, false);
    // Unknown whether it signed at all: after the signature window it may still never have signed.
    if (signatureMaybeNever && late.status == TreatyStatus::Signatory && r.deposit.happenedBy(date) == H::No)
        late.status = TreatyStatus::NeverJoined;
    if (early.status != late.status) {
        StatusAtDate s;
        s.status = TreatyStatus::Uncertain;
        s.ifHappened = early.status;
        s.ifNotYet = late.status;
        s.since = early.since; // the event whose date is uncertain
        s.flags = early.flags & late.flags;
        return s;
    }
    early.flags &= late.flags; // a flag whose date is uncertain shows once it is certain
    if (!early.since.isNull() && !early.since.isExact())
        early.flags |= SinceUncertain;
    if (computed && early.since.text() == inForce.text() && !inForce.isNull() &&
        (early.status == TreatyStatus::StateParty))
        early.flags |= InForceComputed;
    return early;
}

int partiesAt(const TreatyTable& table, QDate date)
{
    return partiesRangeAt(table, date).first;
}

std::pair<int, int> partiesRangeAt(const TreatyTable& table, QDate date)
{
    int certain = 0, possible = 0;
    for (const TreatyRecord& r : table.records()) {
        const H joined = r.deposit.happenedBy(date);
        const H left = r.withdrawalEffective.happenedBy(date);
        if (joined == H::Yes && left == H::No)
            ++certain;
        if (joined != H::No && left != H::Yes)
            ++possible;
    }
    return {certain, possible};
}

QString statusLabel(TreatyStatus s)
{
    switch (s) {
    case TreatyStatus::NotYetOpen:
        return QCoreApplication::translate("TreatyStatus", "Treaty not yet open");
    case TreatyStatus::NeverJoined:
        return QCoreApplication::translate("TreatyStatus", "Never joined");
    case TreatyStatus::Signatory:
        return QCoreApplication::translate("TreatyStatus", "Signatory");
    case TreatyStatus::JoinedNotInForce:
        return QCoreApplication::translate("TreatyStatus", "Joined, not yet in force");
    case TreatyStatus::StateParty:
        return QCoreApplication::translate("TreatyStatus", "State Party");
    case TreatyStatus::WithdrawalAnnounced:
        return QCoreApplication::translate("TreatyStatus", "Withdrawal announced");
    case TreatyStatus::WithdrawalPending:
        return QCoreApplication::translate("TreatyStatus", "Withdrawal pending");
    case TreatyStatus::Withdrawn:
        return QCoreApplication::translate("TreatyStatus", "Withdrawn");
    case TreatyStatus::Uncertain:
        return QCoreApplication::translate("TreatyStatus", "Uncertain (date unknown)");
    case TreatyStatus::NotYetAState:
        return QCoreApplication::translate("TreatyStatus", "Not yet a state");
    }
    return {};
}

QString statusKey(TreatyStatus s)
{
    switch (s) {
    case TreatyStatus::NotYetOpen:
        return QStringLiteral("not-yet-open");
    case TreatyStatus::NeverJoined:
        return QStringLiteral("never-joined");
    case TreatyStatus::Signatory:
        return QStringLiteral("signatory");
    case TreatyStatus::JoinedNotInForce:
        return QStringLiteral("joined-not-in-force");
    case TreatyStatus::StateParty:
        return QStringLiteral("party");
    case TreatyStatus::WithdrawalAnnounced:
        return QStringLiteral("withdrawal-announced");
    case TreatyStatus::WithdrawalPending:
        return QStringLiteral("withdrawal-pending");
    case TreatyStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case TreatyStatus::Uncertain:
        return QStringLiteral("uncertain");
    case TreatyStatus::NotYetAState:
        return QStringLiteral("not-yet-a-state");
    }
    return {};
}

QString flagsText(unsigned flags, const QString& separator)
{
    QStringList out;
    if (flags & SuspensionClaimed)
        out << QCoreApplication::translate("TreatyStatus", "suspension claimed");
    if (flags & WithdrawalAnnouncedOnly)
        out << QCoreApplication::translate("TreatyStatus", "withdrawal announced (no instrument deposited)");
    if (flags & SinceUncertain)
        out << QCoreApplication::translate("TreatyStatus", "date uncertain");
    if (flags & InForceComputed)
        out << QCoreApplication::translate("TreatyStatus", "entry into force computed (Art. 17)");
    return out.join(separator);
}

} // namespace mineatlas::treaty
