<?php
// A worker for a parts catalogue. Lookups of a part's
// supplier offers are memoised in a static table that callers reach
// through a by-reference accessor, so helpers fill it in place.

final class OfferTable
{
    private static array $rows = [];

    /** @return array<string, array> the table itself, to fill in place */
    public static function &rows(): array
    {
        return self::$rows;
    }
}

final class SupplierOffers
{
    public function fetch(string $partNumber): array
    {
        $offers = [];
        foreach (['north', 'east', 'west'] as $i => $depot) {
            $offers[] = ['depot' => $depot, 'part' => $partNumber, 'price' => 100 + $i, 'note' => str_repeat('in stock; ', 20)];
        }
        return $offers;
    }
}

function offers_for(SupplierOffers $source, string $partNumber): array
{
    $rows = &OfferTable::rows();
    return $rows[$partNumber] ??= $source->fetch($partNumber); // leak
}

final class PartController
{
    public function __construct(private SupplierOffers $offers) {}

    public function show(array $request): string
    {
        $part = (string) $request['part'];
        return json_encode(['part' => $part, 'offers' => count(offers_for($this->offers, $part))]);
    }
}

$controller = new PartController(new SupplierOffers());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = ['part' => sprintf('PN-%06d', $i * 7919 % 1000003)];
    $controller->show($request);
}
