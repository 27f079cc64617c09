<?php

namespace App\Services;

use App\Support\SchemaKey;
use Illuminate\Config\Repository;

final class CapabilitySchemaRegistry
{
    /** @var array<string, array> */
    private array $compiled = [];

    public function __construct(private Repository $config)
    {
    }

    public function forReport(array $report): array
    {
        $key = SchemaKey::fromReport($report);

        return $this->compiled[$key] ?? $this->remember($key, $report);
    }

    private function remember(string $key, array $report): array
    {
        return $this->compiled[$key] = $this->compile($report); // leak
    }

    private function compile(array $report): array
    {
        $model = $report['model'];
        $fields = [];
        foreach ($this->config->get("hub.capabilities.$model", []) as $capability) {
            $fields[$capability] = [
                'type' => str_contains($capability, 'on_off') ? 'bool' : 'float',
                'path' => sprintf('state.%s.%s', $report['serial'], $capability),
                'offset' => $report['calibration'][$capability] ?? 0.0,
            ];
        }

        return [
            'model' => $model,
            'version' => $this->config->get('hub.schema_version'),
            'fields' => $fields,
        ];
    }
}
