<?php

namespace App\Handler;

use App\Loyalty\LoyaltyAccountRepository;
use App\Message\AwardStayPoints;

final class AwardStayPointsHandler
{
    private int $lettersQueued = 0;

    public function __construct(private LoyaltyAccountRepository $accounts, private float $pointsPerCurrencyUnit)
    {
    }

    public function __invoke(AwardStayPoints $message): int
    {
        $account = $this->accounts->find($message->memberNumber);
        if ($account === null) {
            return 0;
        }
        $points = (int) round($message->roomRevenue * $this->pointsPerCurrencyUnit) + 250 * $message->nights;
        $account->credit($points, sprintf('stay %s at %s (%d nights)', $message->folioId, $message->propertyCode, $message->nights));
        $this->accounts->save($account);
        $this->lettersQueued += count($account->pendingLetters);

        return $account->points();
    }
}
