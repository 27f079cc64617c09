<?php

declare(strict_types=1);

namespace LabPortal\Delivery;

use LabPortal\Domain\LabResultNotice;

interface Transport
{
    public function supports(string $channel): bool;

    public function send(LabResultNotice $notice, int $attempt): bool;
}
