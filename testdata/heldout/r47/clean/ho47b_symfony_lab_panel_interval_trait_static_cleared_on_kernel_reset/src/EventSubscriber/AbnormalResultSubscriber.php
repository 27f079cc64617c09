<?php

namespace App\EventSubscriber;

use App\Lab\CachesReferenceIntervals;
use App\Lab\LabResultReceived;
use App\Lab\ReferenceIntervalSource;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Contracts\Service\ResetInterface;

final class AbnormalResultSubscriber implements EventSubscriberInterface, ResetInterface
{
    use CachesReferenceIntervals;

    public function __construct(private ReferenceIntervalSource $source)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [LabResultReceived::class => ['flagAbnormalValues', 10]];
    }

    public function reset(): void
    {
        self::forgetReferenceIntervals();
    }

    protected function intervalSource(): ReferenceIntervalSource
    {
        return $this->source;
    }

    public function flagAbnormalValues(LabResultReceived $event): void
    {
        foreach ($event->values as $analyte => $value) {
            $event->flags[$analyte] = $this->intervalFor($event->signalment, $analyte)->classify($value);
        }
    }
}
