<?php
// Payment gateways are created lazily and cached per enum case.

enum Provider: string
{
    case Stripe = 'stripe';
    case Adyen = 'adyen';
    case Mollie = 'mollie';

    public function endpoint(): string
    {
        return match ($this) {
            self::Stripe => 'https://api.stripe.test',
            self::Adyen => 'https://checkout.adyen.test',
            self::Mollie => 'https://api.mollie.test',
        };
    }
}

final class GatewayClient
{
    public function __construct(public readonly string $endpoint, public readonly array $headers) {}

    public function authorize(int $cents): string
    {
        return $this->endpoint . '/authorize/' . $cents;
    }
}

final class GatewayFactory
{
    /** @var array<string, GatewayClient> */
    private static array $clients = [];

    public static function get(Provider $provider): GatewayClient
    {
        return self::$clients[$provider->value] ??= new GatewayClient($provider->endpoint(), ['User-Agent' => str_repeat('shop/1.0 ', 10)]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$providers = Provider::cases();
for ($i = 0; $i < $n; $i++) {
    GatewayFactory::get($providers[$i % count($providers)])->authorize($i * 100);
}
