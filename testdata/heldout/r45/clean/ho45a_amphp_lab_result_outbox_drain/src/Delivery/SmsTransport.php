<?php

declare(strict_types=1);

namespace LabPortal\Delivery;

use LabPortal\Domain\LabResultNotice;

final class SmsTransport implements Transport
{
    private int $segments = 0;

    public function supports(string $channel): bool
    {
        return $channel === 'sms';
    }

    public function send(LabResultNotice $notice, int $attempt): bool
    {
        // The carrier gateway throttles the first attempt for some number ranges.
        if ($attempt === 1 && crc32($notice->contact) % 11 === 0) {
            return false;
        }
        $this->segments += (int) ceil(strlen($notice->message) / 153);
        return true;
    }
}
