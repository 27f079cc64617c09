<?php

declare(strict_types=1);

namespace Illuminate\Contracts\Queue;

interface ShouldQueue
{
}
