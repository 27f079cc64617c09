<?php
namespace App\LoginThrottle;

use App\LoginThrottle\DependencyInjection\LoginThrottleExtension;
use Symfony\Component\HttpKernel\Bundle\Bundle;

final class LoginThrottleBundle extends Bundle
{
    public function getContainerExtension(): LoginThrottleExtension
    {
        return new LoginThrottleExtension();
    }
}
