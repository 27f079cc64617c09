<?php

namespace App\Domain;

final class ServiceAccount
{
    public function __construct(
        public readonly string $number,
        public readonly TariffClass $tariffClass,
        public readonly string $meterSize,
        public readonly bool $droughtExempt,
        public readonly string $premiseAddress,
    ) {
    }
}
