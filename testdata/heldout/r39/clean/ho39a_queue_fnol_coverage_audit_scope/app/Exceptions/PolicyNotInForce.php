<?php

namespace App\Exceptions;

use RuntimeException;

final class PolicyNotInForce extends RuntimeException
{
    public static function on(string $policyNumber, string $lossDate): self
    {
        return new self(sprintf('Policy %s was not in force on %s', $policyNumber, $lossDate));
    }
}
