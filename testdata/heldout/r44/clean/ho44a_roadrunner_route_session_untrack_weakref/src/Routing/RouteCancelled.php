<?php

declare(strict_types=1);

namespace Citymap\Routing;

final class RouteCancelled extends \RuntimeException
{
}
