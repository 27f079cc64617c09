<?php

namespace App\Security;

use Symfony\Contracts\Service\ResetInterface;

final class CurrentCustomer implements ResetInterface
{
    private ?string $group = null;

    public function group(): string
    {
        return $this->group ??= 'retail';
    }

    public function reset(): void
    {
        $this->group = null;
    }
}
