package turgus.application.order.port.in;

import turgus.application.order.CustomerOrder;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;

/** Every order with its customer, newest first; {@code q} matches email, name or order id. */
public interface BrowseAllOrdersQuery {
    Page<CustomerOrder> browseAll(String q, PageRequest page);
}
