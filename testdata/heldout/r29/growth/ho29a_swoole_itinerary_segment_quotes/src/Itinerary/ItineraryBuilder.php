<?php

namespace Trip\Itinerary;

final class ItineraryBuilder
{
    public function fromPayload(array $payload): Itinerary
    {
        $itinerary = new Itinerary($payload['trip_id'], $payload['currency']);
        $travellers = array_map(static fn (array $t) => $t['first'] . ' ' . $t['last'], $payload['travellers']);

        $out = $payload['flight'];
        $itinerary->add(new FlightSegment($out['pnr'], $out['dep'], $out['arr'], $out['carrier'], $travellers, $out['from'], $out['to'], $out['class']));
        $itinerary->add(new TransferSegment('TR-' . $payload['trip_id'], $out['arr'], $out['arr'], 'CityShuttle', $travellers));
        $stay = $payload['hotel'];
        $itinerary->add(new HotelStaySegment($stay['confirmation'], $stay['check_in'], $stay['check_out'], $stay['chain'], $travellers, $stay['room'], $stay['board']));

        return $itinerary;
    }
}
