<?php

declare(strict_types=1);

namespace Logistics\Events;

final class ParcelDispatched extends DomainEvent
{
}

final class CarrierLabelRequested extends DomainEvent
{
}

final class CustomerNotified extends DomainEvent
{
}
