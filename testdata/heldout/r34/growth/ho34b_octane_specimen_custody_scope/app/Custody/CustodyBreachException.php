<?php

declare(strict_types=1);

namespace App\Custody;

final class CustodyBreachException extends \RuntimeException
{
    public function __construct(public readonly string $barcode, public readonly string $rule, string $message)
    {
        parent::__construct($message);
    }
}
