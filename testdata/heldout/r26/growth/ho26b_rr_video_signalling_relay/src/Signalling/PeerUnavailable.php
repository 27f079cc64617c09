<?php

declare(strict_types=1);

namespace App\Signalling;

final class PeerUnavailable extends \RuntimeException
{
}
