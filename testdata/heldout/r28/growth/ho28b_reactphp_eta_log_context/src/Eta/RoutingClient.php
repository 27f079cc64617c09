<?php
namespace App\Eta;

/**
 * Client of the self-hosted OSRM instance. Routes are only precomputed for
 * the delivery radius; anything beyond returns null.
 */
final class RoutingClient
{
    public function __construct(private float $maxRadiusKm, private float $bikeKmh) {}

    public function travelMinutes(array $from, array $to): ?int
    {
        $km = $this->distanceKm($from, $to);
        if ($km > $this->maxRadiusKm) {
            return null;
        }
        return (int) ceil($km * 1.35 / $this->bikeKmh * 60);
    }

    public function distanceKm(array $from, array $to): float
    {
        $dLat = ($to[0] - $from[0]) * 111.2;
        $dLng = ($to[1] - $from[1]) * 111.2 * cos(deg2rad($from[0]));
        return sqrt($dLat ** 2 + $dLng ** 2);
    }
}
