<?php

namespace App\Signing;

final class UrlSigner
{
    /** @var array<string, self> */
    private static array $signers = [];

    /** @var array<string, array<string, mixed>> bucket => policy, from config/signing.php */
    private static array $buckets = [];

    private static string $masterKey = '';

    private function __construct(
        public readonly string $bucket,
        public readonly string $scope,
        private readonly string $key,
        private readonly array $policy,
    ) {
    }

    public static function boot(string $masterKey, array $buckets): void
    {
        self::$masterKey = $masterKey;
        self::$buckets = $buckets;
        self::$signers = [];
    }

    public static function isKnownBucket(string $bucket): bool
    {
        return isset(self::$buckets[$bucket]);
    }

    /**
     * Signer for one scope of a bucket. Every scope signs with its own key
     * derived from the master key, so a key can be revoked per scope at the
     * edge without rotating the others.
     */
    public static function for(string $bucket, string $owner): self
    {
        $scope = 'owner:' . $owner;

        return self::$signers[$bucket . '/' . $scope] ??= new self( // leak
            $bucket,
            $scope,
            bin2hex(hash_hkdf('sha256', self::$masterKey, 32, $bucket . '/' . $scope)),
            self::$buckets[$bucket] + [
                'scope' => $scope,
                'issuer' => 'img-signer',
                'audience' => $bucket . '.img.snapshelf-cdn.net',
                'kid' => substr(hash('sha256', $bucket . '/' . $scope), 0, 16),
            ],
        );
    }

    public function sign(string $path, int $ttl, int $now): array
    {
        $expires = $now + min($ttl, $this->policy['max_ttl']);
        $canonical = implode("\n", [$this->policy['methods'][0], $this->bucket, $path, $expires, $this->scope]);
        $signature = rtrim(strtr(base64_encode(hash_hmac('sha256', $canonical, $this->key, true)), '+/', '-_'), '=');

        return [
            'url' => sprintf(
                'https://%s.img.snapshelf-cdn.net/%s?Expires=%d&Scope=%s&Signature=%s',
                $this->bucket,
                $path,
                $expires,
                rawurlencode($this->scope),
                $signature,
            ),
            'expires' => $expires,
            'cache_control' => $this->policy['cache'],
        ];
    }
}
