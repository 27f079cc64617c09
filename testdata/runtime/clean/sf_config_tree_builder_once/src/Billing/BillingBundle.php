<?php

namespace App\Billing;

use Symfony\Component\HttpKernel\Bundle\Bundle;

final class BillingBundle extends Bundle
{
}
