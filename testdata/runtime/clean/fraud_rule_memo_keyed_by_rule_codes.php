<?php
// A payment screening worker memoizes each rule's verdict template per
// rule code and country. The rules are known by their interface; every
// rule class answers code() with a literal, and the country is checked
// against a list, so the memo holds one entry per rule and country.

interface ScreeningRule
{
    public function code(): string;
    public function applies(array $payment): bool;
}

final class VelocityRule implements ScreeningRule
{
    public function code(): string { return 'velocity'; }
    public function applies(array $payment): bool { return $payment['count'] > 3; }
}

final class AmountRule implements ScreeningRule
{
    public function code(): string { return 'amount'; }
    public function applies(array $payment): bool { return $payment['amount'] > 900; }
}

final class CountryRule implements ScreeningRule
{
    public function __construct(private string $country) {}
    public function code(): string { return 'country'; }
    public function applies(array $payment): bool { return $payment['country'] === $this->country; }
}

final class Screener
{
    /** @var array<string, string> */
    private static array $templates = [];

    private static function templateKey(ScreeningRule $rule, string $country): string
    {
        return $rule->code() . ':' . $country;
    }

    /** @param list<ScreeningRule> $rules */
    public function screen(array $rules, array $payment): int
    {
        if (!in_array($payment['country'], ['DE', 'FR', 'NG'], true)) {
            return 0;
        }
        $hits = 0;
        foreach ($rules as $rule) {
            if ($rule->applies($payment)) {
                $key = self::templateKey($rule, $payment['country']);
                self::$templates[$key] ??= str_repeat('Payment flagged by ' . $key . '. ', 30);
                $hits++;
            }
        }
        return $hits;
    }
}

$screener = new Screener();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $payment = json_decode(json_encode([
        'id' => 'pay_' . $i, 'amount' => 500 + $i % 900, 'count' => $i % 6,
        'country' => ['DE', 'FR', 'NG'][$i % 3], 'currency' => ['EUR', 'USD', 'GBP'][$i % 3],
    ]), true);
    $rules = [new VelocityRule(), new AmountRule(), new CountryRule('NG')];
    $screener->screen($rules, $payment);
}
