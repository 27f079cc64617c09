<?php

namespace App\Geo;

interface Geocoder
{
    public function locate(string $address): Coordinates;
}
