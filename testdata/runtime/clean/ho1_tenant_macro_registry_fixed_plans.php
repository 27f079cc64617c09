<?php
// A multi-tenant queue consumer registers plan-specific URL helpers as macros on a Macroable UrlGenerator class, naming each macro after the plan (free, pro, enterprise) of the message's tenant.

trait Macroable
{
    /** @var array<string, Closure> */
    protected static array $macros = [];

    public static function macro(string $name, Closure $macro): void
    {
        static::$macros[$name] = $macro;
    }

    public static function hasMacro(string $name): bool
    {
        return isset(static::$macros[$name]);
    }

    public function __call(string $method, array $parameters): mixed
    {
        if (!static::hasMacro($method)) {
            throw new BadMethodCallException(sprintf('Method %s::%s does not exist.', static::class, $method));
        }
        return (static::$macros[$method])(...$parameters);
    }
}

final class UrlGenerator
{
    use Macroable;

    public function __construct(private string $baseUrl) {}

    public function to(string $path, array $query = []): string
    {
        $url = rtrim($this->baseUrl, '/') . '/' . ltrim($path, '/');
        return $query ? $url . '?' . http_build_query($query) : $url;
    }
}

final class TenantConfig
{
    public function __construct(
        public readonly string $slug,
        public readonly string $plan,
        public readonly string $domain,
        public readonly string $assetPrefix,
    ) {}
}

final class TenantResolver
{
    private const PLANS = ['free', 'pro', 'enterprise'];

    public function resolve(string $tenantSlug): TenantConfig
    {
        $plan = self::PLANS[crc32($tenantSlug) % count(self::PLANS)];
        return new TenantConfig(
            $tenantSlug,
            $plan,
            "{$tenantSlug}.shop.example.com",
            "https://cdn.example.com/plans/{$plan}/assets/" . str_repeat('v', 40),
        );
    }
}

final class Message
{
    public function __construct(public readonly string $tenant, public readonly string $type, public readonly array $payload) {}
}

final class InMemoryQueue
{
    private int $delivered = 0;

    public function __construct(private int $limit) {}

    public function pop(): ?Message
    {
        if ($this->delivered >= $this->limit) {
            return null;
        }
        $i = $this->delivered++;
        return new Message('tenant-' . (4000 + $i), 'order.shipped', ['order' => $i, 'email' => "buyer{$i}@example.com"]);
    }

    public function ack(Message $message): void {}
}

final class ShippingNotificationHandler
{
    public function __construct(private UrlGenerator $urls, private TenantResolver $tenants) {}

    public function handle(Message $message): string
    {
        $tenant = $this->tenants->resolve($message->tenant);
        $macro = 'trackingUrlFor' . ucfirst($tenant->plan);
        if (!UrlGenerator::hasMacro($macro)) {
            $prefix = $tenant->assetPrefix;
            UrlGenerator::macro($macro, static function (string $domain, int $order) use ($prefix): string {
                return "https://{$domain}/orders/{$order}/tracking?logo=" . rawurlencode($prefix . '/logo.svg');
            });
        }
        $url = $this->urls->{$macro}($tenant->domain, $message->payload['order']);
        return sprintf('Your order #%d has shipped. Track it here: %s', $message->payload['order'], $url);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new InMemoryQueue($n);
$handler = new ShippingNotificationHandler(new UrlGenerator('https://shop.example.com'), new TenantResolver());
while ($message = $queue->pop()) {
    $handler->handle($message);
    $queue->ack($message);
}
