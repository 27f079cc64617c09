<?php

declare(strict_types=1);

namespace App\Security;

final class NonceGenerator
{
    public function generate(): string
    {
        return rtrim(strtr(base64_encode(random_bytes(18)), '+/', '-_'), '=');
    }
}

final class PolicyBuilder
{
    public function __construct(private array $directives) {}

    public function build(string $nonce): string
    {
        $parts = [];
        foreach ($this->directives as $directive => $sources) {
            if (in_array($directive, ['script-src', 'style-src'], true)) {
                $sources[] = "'nonce-{$nonce}'";
            }
            $parts[] = $directive . ' ' . implode(' ', $sources);
        }

        return implode('; ', $parts);
    }
}
