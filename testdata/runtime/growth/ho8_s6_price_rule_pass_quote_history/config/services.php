<?php
use App\Pricing\{CouponRule, PriceCalculator, VolumeDiscountRule};
use Symfony\Component\DependencyInjection\ContainerBuilder;

return static function (ContainerBuilder $container): void {
    $container->register(PriceCalculator::class);
    $container->register(VolumeDiscountRule::class)->addTag('app.price_rule', ['priority' => 10]);
    $container->register(CouponRule::class)->addTag('app.price_rule', ['priority' => 0]);
};
