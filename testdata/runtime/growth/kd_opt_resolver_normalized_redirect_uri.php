<?php
// An OAuth client's options resolver memoizes normalized values in a class static keyed by the option value; the redirect_uri carries the per-request return path, so every login adds an entry.

final class OptionsResolver
{
    /** @var array<string, array<string, mixed>> */
    private static array $normalized = [];

    public function __construct(private array $defaults) {}

    public function resolve(array $options): array
    {
        $unknown = array_diff_key($options, $this->defaults);
        if ($unknown !== []) {
            throw new InvalidArgumentException('Undefined option(s): ' . implode(', ', array_keys($unknown)));
        }
        $resolved = $options + $this->defaults;
        $resolved['redirect_uri'] = self::$normalized[$resolved['redirect_uri']] ??= self::normalizeUri($resolved['redirect_uri']); // leak
        $resolved['scopes'] = array_values(array_unique((array) $resolved['scopes']));
        $resolved['timeout'] = max(1, (int) $resolved['timeout']);
        return $resolved;
    }

    private static function normalizeUri(string $uri): array
    {
        $parts = parse_url(rtrim($uri, '?&'));
        parse_str($parts['query'] ?? '', $query);
        return $parts + ['params' => $query, 'doc' => str_repeat('normalized redirect; ', 20)];
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
        $uri = $o['redirect_uri'];
        return 'https://id.example.com/authorize?' . http_build_query([
            'client_id' => $o['client_id'],
            'redirect_uri' => "{$uri['scheme']}://{$uri['host']}{$uri['path']}?" . http_build_query($uri['params']),
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
