<?php

namespace Symfony\Contracts\Service;

interface ResetInterface
{
    public function reset(): void;
}
