<?php

declare(strict_types=1);

namespace LabPortal\Delivery;

use LabPortal\Domain\LabResultNotice;

final class PatientNotifier
{
    /** @param list<Transport> $transports */
    public function __construct(private readonly array $transports)
    {
    }

    public function deliver(LabResultNotice $notice): bool
    {
        $attempt = $notice->attempt();
        foreach ($this->transports as $transport) {
            if ($transport->supports($notice->channel)) {
                return $transport->send($notice, $attempt);
            }
        }
        return false;
    }
}
