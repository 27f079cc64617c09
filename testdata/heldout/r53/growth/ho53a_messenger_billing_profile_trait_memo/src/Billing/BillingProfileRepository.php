<?php

namespace App\Billing;

final class BillingProfileRepository
{
    public function find(int $customerId): BillingProfile
    {
        return new BillingProfile(
            $customerId,
            sprintf('Customer %d Handelsgesellschaft mbH & Co. KG', $customerId),
            sprintf('DE%09d', $customerId * 7),
            [
                'street' => sprintf('Industriestraße %d', $customerId % 300),
                'postcode' => sprintf('%05d', 10000 + $customerId % 89999),
                'city' => 'Mönchengladbach',
                'country' => 'DE',
                'attention' => 'Accounts Payable / Kreditorenbuchhaltung',
            ],
            'EUR',
            30,
        );
    }
}
