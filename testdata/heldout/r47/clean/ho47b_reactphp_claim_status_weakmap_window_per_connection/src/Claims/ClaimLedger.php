<?php

namespace App\Claims;

final class ClaimLedger
{
    private const STATES = ['submitted', 'awaiting_invoice', 'under_review', 'approved', 'paid', 'declined'];

    public function statusOf(ClaimStatusQuery $query): array
    {
        $h = crc32($query->claimNumber . $query->policyNumber);
        return [
            'claim' => $query->claimNumber,
            'state' => self::STATES[$h % count(self::STATES)],
            'insurer' => ['PetProtect', 'Furever Mutual', 'Agria'][$h % 3],
            'reimbursed_pct' => [0, 70, 80, 90][$h % 4],
        ];
    }
}
