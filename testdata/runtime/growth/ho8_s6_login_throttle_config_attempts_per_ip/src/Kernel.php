<?php
namespace App;

use App\LoginThrottle\LoginThrottleBundle;
use Symfony\Component\HttpKernel\Kernel as BaseKernel;

class Kernel extends BaseKernel
{
    public function registerBundles(): iterable
    {
        yield new LoginThrottleBundle();
    }
}
