<?php

declare(strict_types=1);

namespace Acme\Payment\Gateway;

use Acme\Payment\PaymentAttempt;

final class BackupGateway implements GatewayInterface
{
    private int $sequence = 0;

    public function name(): string
    {
        return 'backup';
    }

    public function capture(PaymentAttempt $attempt): string
    {
        return sprintf('bk_%s_%d', substr(md5($attempt->reference), 0, 12), ++$this->sequence);
    }
}
