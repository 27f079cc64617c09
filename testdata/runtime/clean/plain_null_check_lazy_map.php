<?php
// The shipping-zone map is loaded into a static on the first request, guarded by a null check.

final class ShippingZones
{
    /** @var array<string, array{zone: string, carriers: list<string>, note: string}>|null */
    private static ?array $map = null;

    public static function zoneFor(string $country): string
    {
        if (self::$map === null) {
            self::$map = self::load();
        }
        return self::$map[$country]['zone'] ?? 'world';
    }

    private static function load(): array
    {
        $map = [];
        foreach (['DE' => 'eu', 'FR' => 'eu', 'US' => 'na', 'CA' => 'na', 'JP' => 'apac'] as $country => $zone) {
            $map[$country] = ['zone' => $zone, 'carriers' => ['dhl', 'ups'], 'note' => str_repeat("{$country} customs. ", 30)];
        }
        return $map;
    }
}

function handle_request(array $request): string
{
    return ShippingZones::zoneFor($request['country']) . ':' . $request['order_id'];
}

$countries = ['DE', 'FR', 'US', 'CA', 'JP', 'BR'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request(['order_id' => "ORD-{$i}", 'country' => $countries[$i % 6], 'items' => str_repeat("sku{$i} ", 80)]);
}
