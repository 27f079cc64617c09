<?php

declare(strict_types=1);

namespace App\Context;

/** Process-wide holder of the order being handled, read by the log processor and handlers. */
final class OrderContext
{
    use TracksOrderContext;
}
