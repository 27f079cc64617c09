<?php
declare(strict_types=1);

namespace Api\Http;

use Api\Model\Customer;

final class CustomerProfileAction
{
    /** @return array{int, string} */
    public function __invoke(array $params): array
    {
        $customer = Customer::find((int) $params['id']);
        if ($customer === null) {
            return [404, '{"error":"not found"}'];
        }

        return [200, json_encode([
            'id' => $customer->id,
            'display_name' => $customer->displayName(),
            'country' => $customer->country()?->name,
        ], JSON_THROW_ON_ERROR)];
    }
}
