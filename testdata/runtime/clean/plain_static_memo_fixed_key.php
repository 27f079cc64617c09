<?php
// Tax rules and the currency table are memoized in statics with ??= on the first request, under fixed keys.

final class TaxRules
{
    private static ?array $rules = null;

    /** @var array<string, array> */
    private static array $tables = [];

    public static function rules(): array
    {
        return self::$rules ??= self::build();
    }

    public static function currencies(): array
    {
        return self::$tables['currencies'] ??= array_map(
            static fn (string $code): array => ['code' => $code, 'symbol' => $code[0], 'label' => str_repeat("{$code} ", 30)],
            ['EUR', 'USD', 'GBP', 'CHF'],
        );
    }

    private static function build(): array
    {
        $rules = [];
        foreach (['DE' => 19, 'FR' => 20, 'NL' => 21, 'IT' => 22] as $country => $rate) {
            $rules[$country] = ['rate' => $rate, 'note' => str_repeat("VAT {$country} ", 40)];
        }
        return $rules;
    }
}

function handle_request(array $request): int
{
    $rate = TaxRules::rules()[$request['country']]['rate'];
    $currency = TaxRules::currencies()[$request['currency']]['code'];
    return (int) round($request['net'] * (100 + $rate) / 100) + strlen($currency);
}

$countries = ['DE', 'FR', 'NL', 'IT'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request(['country' => $countries[$i % 4], 'currency' => $i % 4, 'net' => 1000 + $i, 'memo' => str_repeat("line {$i} ", 60)]);
}
