<?php
// An OAuth client's options resolver caches one compiled normalizer per option name in a class static; unknown keys are rejected, so the keys are the resolver's defined option names.

final class OptionsResolver
{
    /** @var array<string, array{callable, string}> */
    private static array $normalizers = [];

    public function __construct(private array $defaults) {}

    public function resolve(array $options): array
    {
        $unknown = array_diff_key($options, $this->defaults);
        if ($unknown !== []) {
            throw new InvalidArgumentException('Undefined option(s): ' . implode(', ', array_keys($unknown)));
        }
        $resolved = $options + $this->defaults;
        foreach ($resolved as $name => $value) {
            [$normalize] = self::$normalizers[$name] ??= self::compile($name);
            $resolved[$name] = $normalize($value);
        }
        return $resolved;
    }

    private static function compile(string $name): array
    {
        $doc = "normalizer for option '{$name}': " . str_repeat('trim, validate, cast; ', 20);
        return match ($name) {
            'redirect_uri' => [static fn ($v) => rtrim((string) $v, '?&'), $doc],
            'scopes' => [static fn ($v) => array_values(array_unique((array) $v)), $doc],
            'timeout' => [static fn ($v) => max(1, (int) $v), $doc],
            default => [static fn ($v) => $v, $doc],
        };
    }
}

final class OAuthClient
{
    private OptionsResolver $resolver;

    public function __construct()
    {
        $this->resolver = new OptionsResolver([
            'client_id' => 'shop-web',
            'redirect_uri' => 'https://shop.example.com/callback',
            'scopes' => ['openid'],
            'timeout' => 10,
            'state' => null,
        ]);
    }

    public function authorizationUrl(array $options): string
    {
        $o = $this->resolver->resolve($options);
        return 'https://id.example.com/authorize?' . http_build_query([
            'client_id' => $o['client_id'],
            'redirect_uri' => $o['redirect_uri'],
            'scope' => implode(' ', $o['scopes']),
            'state' => $o['state'],
        ]);
    }
}

$client = new OAuthClient();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $state = hash('sha256', "session-{$i}");
    $client->authorizationUrl([
        'redirect_uri' => "https://shop.example.com/callback?return=/orders/{$i}&",
        'scopes' => ['openid', 'profile', 'orders'],
        'state' => $state,
    ]);
}
