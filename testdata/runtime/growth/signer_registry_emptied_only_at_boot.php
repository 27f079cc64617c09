<?php
// An image CDN's signing service keeps one URL signer per bucket and
// owner in a class-static registry. boot() empties the registry and
// stores the master key once, before the worker serves; after that
// every owner a request names adds a signer for the life of the worker.

final class UrlSigner
{
    /** @var array<string, UrlSigner> */
    private static array $signers = [];
    private static string $masterKey = '';

    private function __construct(public readonly string $scope, public readonly string $key)
    {
    }

    public static function boot(string $masterKey): void
    {
        self::$masterKey = $masterKey;
        self::$signers = [];
    }

    public static function for(string $bucket, string $owner): self
    {
        return self::$signers[$bucket . '/' . $owner] ??= new self($bucket . '/' . $owner, hash_hmac('sha256', $owner, self::$masterKey) . str_repeat('k', 600)); // leak
    }

    public function sign(string $path, int $ttl): string
    {
        return $path . '?exp=' . $ttl . '&sig=' . substr(hash_hmac('sha256', $path, $this->key), 0, 16);
    }
}

UrlSigner::boot('master-secret');
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = ['bucket' => ['photos', 'avatars'][$i % 2], 'owner' => 'u' . (730000 + $i), 'file' => sha1((string) $i) . '.jpg'];
    UrlSigner::for($request['bucket'], $request['owner'])->sign($request['owner'] . '/' . $request['file'], 300);
}
