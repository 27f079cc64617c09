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
            $offset = $report['calibration'][$name] ?? 0.0;
            $state[$name] = $field['type'] === 'bool' ? (bool) $raw : (float) $raw + $offset;
        }

        return ['status' => 202, 'accepted' => count($state)];
    }
}
