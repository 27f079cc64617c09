<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Auth\Tenant;

final class BillingController
{
    /** @param array{tenant: Tenant, path: string} $request */
    public function show(array $request): array
    {
        $tenant = $request['tenant'];

        return [
            'status' => 200,
            'body' => sprintf('<h1>Billing for %s</h1><p>Invoices go to %s (customer %s)</p>', $tenant->name, $tenant->billingEmail, $tenant->stripeCustomer),
        ];
    }
}
