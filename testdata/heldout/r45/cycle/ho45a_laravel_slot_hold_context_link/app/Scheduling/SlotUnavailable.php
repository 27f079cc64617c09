<?php

declare(strict_types=1);

namespace App\Scheduling;

final class SlotUnavailable extends \RuntimeException
{
}
