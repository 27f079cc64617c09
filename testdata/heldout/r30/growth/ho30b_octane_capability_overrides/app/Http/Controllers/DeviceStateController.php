<?php

namespace App\Http\Controllers;

use App\Services\Hub;

final class DeviceStateController
{
    public function store(array $report): array
    {
        $schema = Hub::schemas()->forReport($report);

        $state = [];
        foreach ($schema['fields'] as $name => $field) {
            if (!array_key_exists($name, $report['values'])) {
                continue;
            }
            $raw = $report['values'][$name];
            $state[$name] = $field['type'] === 'bool' ? (bool) $raw : (float) $raw + $field['offset'];
        }

        return ['status' => 202, 'accepted' => count($state)];
    }
}
