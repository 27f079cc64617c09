<?php
namespace App\LoginThrottle\DependencyInjection;

use App\LoginThrottle\LoginThrottler;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\DependencyInjection\Extension\Extension;

final class LoginThrottleExtension extends Extension
{
    public function load(array $configs, ContainerBuilder $container): void
    {
        $config = $this->processConfiguration(new Configuration(), $configs);
        $container->setParameter('login_throttle.message', $config['message']);
        $container->register(LoginThrottler::class)
            ->setArgument('maxAttempts', $config['max_attempts'])
            ->setArgument('interval', $config['interval'])
            ->setArgument('slots', $config['window']['slots']);
    }
}
