<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Stamp;

interface StampInterface
{
}
