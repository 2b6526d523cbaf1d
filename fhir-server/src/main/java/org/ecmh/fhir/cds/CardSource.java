package org.ecmh.fhir.cds;

import java.util.List;

/** One kind of finding about a child, shown as cards. */
interface CardSource {

	List<Cds.Card> cards(ChildRecord record);
}
