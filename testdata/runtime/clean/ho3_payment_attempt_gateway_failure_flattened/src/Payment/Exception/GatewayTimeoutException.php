<?php

declare(strict_types=1);

namespace Acme\Payment\Exception;

final class GatewayTimeoutException extends \RuntimeException
{
    public static function afterSeconds(string $gateway, float $seconds): self
    {
        return new self(sprintf('Gateway "%s" did not answer within %.1f seconds', $gateway, $seconds), 504);
    }
}
