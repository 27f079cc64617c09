<?php

namespace App\Shipping;

final class QuotaExceeded extends \RuntimeException
{
}
