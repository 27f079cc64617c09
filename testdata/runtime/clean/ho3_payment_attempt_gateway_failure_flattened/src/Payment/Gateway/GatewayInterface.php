<?php

declare(strict_types=1);

namespace Acme\Payment\Gateway;

use Acme\Payment\PaymentAttempt;

interface GatewayInterface
{
    public function name(): string;

    /**
     * @return string transaction id
     */
    public function capture(PaymentAttempt $attempt): string;
}
